using HydraEngine.Abstractions;
using HydraEngine.Storage.Files;

namespace HydraEngine.Plugins.Files;

/// <summary>Turns the store's <see cref="FileReport"/> into the contract's <see cref="FileDetails"/>.</summary>
internal static class FileDetailsReader
{
    public static FileDetails From(FileReport report, string path) => new(
        report.Hash.ToHex(),
        path,
        report.Metadata?.MimeString ?? "application/octet-stream",
        report.Tags.ToDictionary(service => service.Service, service => (IReadOnlyList<string>)[.. service.DisplayTags], StringComparer.Ordinal),
        [.. report.Urls],
        new Dictionary<string, string>(report.Notes, StringComparer.Ordinal));
}
