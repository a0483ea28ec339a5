using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>
/// hydrus's TestClientDBDuplicates set-up: 30 look-alike files (16 "dupes", a second group of 4, 5 alternates,
/// 5 false positives; here pixel-identical PNGs, so every pair is a potential at distance 0) imported into a real
/// store and searched, giving n(n−1)/2 = 435 potential pairs.
/// </summary>
internal sealed class DuplicateScenario : IDisposable
{
    private readonly TempStore temp = new();

    public DuplicateScenario()
    {
        FileHash Import() => Store.Import(temp.WriteInput(SampleFiles.Png(8, 8, Guid.NewGuid().ToString()), "png")).Hash;
        Dupes = Enumerable.Range(0, 16).Select(_ => Import()).ToList();
        SecondGroup = Enumerable.Range(0, 4).Select(_ => Import()).ToList();
        Alternates = Enumerable.Range(0, 5).Select(_ => Import()).ToList();
        FalsePositives = Enumerable.Range(0, 5).Select(_ => Import()).ToList();
        Store.ScanForDuplicates(0);
    }

    public HydraStore Store => temp.Store;

    public IReadOnlyList<FileHash> Dupes { get; }

    public IReadOnlyList<FileHash> SecondGroup { get; }

    public IReadOnlyList<FileHash> Alternates { get; }

    public IReadOnlyList<FileHash> FalsePositives { get; }

    public int AllFiles => 30;

    public int PotentialCount => Store.PotentialPairs().Count;

    public DuplicateFileInfo Info(FileHash hash) => Store.DuplicateInfo(hash);

    public void Set(DuplicateRelationship relationship, FileHash a, FileHash b) => Store.SetDuplicateRelationship(a, b, relationship);

    /// <summary>The members of <paramref name="hash"/>'s duplicate group, itself included.</summary>
    public IReadOnlyList<FileHash> GroupOf(FileHash hash) => [hash, .. Info(hash).Duplicates];

    public void Dispose() => temp.Dispose();
}
