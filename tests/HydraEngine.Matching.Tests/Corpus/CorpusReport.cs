using HydraEngine.Testing;

namespace HydraEngine.Matching.Tests.Corpus;

/// <summary>Full findings of a corpus run, under artifacts/corpus (ignored by git).</summary>
internal static class CorpusReport
{
    public static void Write(string name, IEnumerable<string> lines)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "corpus");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, name), lines);
    }
}
