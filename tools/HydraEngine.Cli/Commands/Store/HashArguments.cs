using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>Parses SHA-256 hex arguments, failing with a clear message on the first bad one.</summary>
internal static class HashArguments
{
    public static IReadOnlyList<FileHash> Parse(IEnumerable<string> texts) => texts.Select(FileHash.Parse).ToList();
}
