using HydraEngine.Imaging.Metadata;
using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage;

/// <summary>hydrus's duplicates auto-resolution, for the rules that need only what the store has.</summary>
public sealed partial class HydraStore
{
    /// <summary>The rules available, by name, with what they do.</summary>
    public static IReadOnlyDictionary<string, string> AutoResolutionRuleNames =>
        AutoResolutionRules.All.ToDictionary(rule => rule.Name, rule => rule.Description);

    /// <summary>
    /// Tests the potential pairs at distance 0 against the named rules (all of them for a dry run when none is named)
    /// and, unless <paramref name="dryRun"/>, sets each decided pair "A better" with hydrus's default merge options
    /// (archiving only "if one is archived", as hydrus downgrades it for auto-resolution) and, as hydrus's suggested
    /// rules do, sends B to the trash unless <paramref name="keepWorse"/>. At most <paramref name="limit"/> pairs are decided.
    /// </summary>
    public AutoResolutionReport RunAutoResolution(IReadOnlyCollection<string> ruleNames, bool dryRun, bool keepWorse = false, int limit = int.MaxValue)
    {
        var unknown = ruleNames.Where(name => AutoResolutionRules.All.All(rule => rule.Name != name)).ToList();
        if (unknown.FirstOrDefault(AutoResolutionRules.Unsupported.ContainsKey) is { } unsupported)
        {
            throw new StoreException($"the auto-resolution rule '{unsupported}' ({AutoResolutionRules.Unsupported[unsupported]}) is not supported: it needs hydrus's \"visual duplicates\" verdict (LAB histograms and edge maps), which HydraEngine does not compute yet; the pixel-perfect rules are {string.Join(", ", AutoResolutionRules.All.Select(rule => rule.Name))}");
        }

        if (unknown.Count > 0)
        {
            throw new StoreException($"unknown auto-resolution rule '{unknown[0]}': known are {string.Join(", ", AutoResolutionRules.All.Select(rule => rule.Name))}");
        }

        var rules = AutoResolutionRules.All.Where(rule => ruleNames.Contains(rule.Name) || (dryRun && ruleNames.Count == 0)).ToList();
        var pairs = rules.Count == 0 ? [] : PotentialPairs(maxDistance: 0);
        var decisions = new List<AutoResolutionDecision>();
        foreach (var pair in pairs.TakeWhile(_ => decisions.Count < limit))
        {
            if (!ArePixelDuplicates(pair.KingA, pair.KingB))
            {
                continue;
            }

            var facts = new AutoResolutionPair(FileFacts(pair.KingA), FileFacts(pair.KingB), pair.Distance, PixelDuplicates: true);
            if (rules.Select(rule => rule.Decide(facts)).FirstOrDefault(decision => decision is not null) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        if (!dryRun)
        {
            var merge = DuplicateMergeOptions.DefaultFor(DuplicateRelationship.Better) with { Archive = ArchiveMerge.IfOneIsArchivedArchiveBoth };
            foreach (var decision in decisions)
            {
                var deletes = keepWorse ? null : DuplicateDeletes.WorseFile with { Reason = $"duplicates auto-resolution: {decision.Rule}" };
                SetDuplicateRelationship(decision.Better, decision.Worse, DuplicateRelationship.Better, merge, deletes);
            }
        }

        return new AutoResolutionReport(dryRun, rules.Select(rule => rule.Name).ToList(), pairs.Count, decisions);
    }

    private AutoResolutionFile FileFacts(FileHash hash)
    {
        var report = GetFile(hash) ?? throw new StoreException($"the store has no file {hash.ToHex()}");
        var metadata = report.Metadata ?? throw new StoreException($"the store has no file information for {hash.ToHex()}");
        var embedded = report.Path is { } path ? EmbeddedMetadataReader.Read(path) : EmbeddedMetadata.None;
        return new AutoResolutionFile(hash, metadata.Mime, metadata.Size, metadata.Media.Width ?? 0, metadata.Media.Height ?? 0)
        {
            ImportTime = report.ImportTime,
            HasExif = embedded.HasExif,
            HasIccProfile = embedded.HasIccProfile,
        };
    }

    /// <summary>Whether two stored files are hydrus's pixel duplicates (same pixel hash and width).</summary>
    public bool ArePixelDuplicates(FileHash a, FileHash b) =>
        parts.SimilarFiles.PixelDuplicatesOf(RequireHashId(a)).Contains(RequireHashId(b));
}
