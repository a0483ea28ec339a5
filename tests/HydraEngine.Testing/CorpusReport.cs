namespace HydraEngine.Testing;

/// <summary>Writes a corpus test's full findings under artifacts/ (ignored by git) for a person to read.</summary>
public static class CorpusReport
{
    public static void Write(string name, IEnumerable<string> lines)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "corpus");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, name), lines);
    }
}
