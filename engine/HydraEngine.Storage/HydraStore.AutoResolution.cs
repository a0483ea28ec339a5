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
    /// Tests every potential pair against the named rules (all of them for a dry run when none is named) and, unless
    /// <paramref name="dryRun"/>, sets each decided pair "A better" with hydrus's default merge options.
    /// </summary>
    public AutoResolutionReport RunAutoResolution(IReadOnlyCollection<string> ruleNames, bool dryRun)
    {
        var unknown = ruleNames.Where(name => AutoResolutionRules.All.All(rule => rule.Name != name)).ToList();
        if (unknown.Count > 0)
        {
            throw new StoreException($"unknown auto-resolution rule '{unknown[0]}': known are {string.Join(", ", AutoResolutionRules.All.Select(rule => rule.Name))}");
        }

        var rules = AutoResolutionRules.All.Where(rule => ruleNames.Contains(rule.Name) || (dryRun && ruleNames.Count == 0)).ToList();
        var pairs = PotentialPairs();
        var decisions = new List<AutoResolutionDecision>();
        foreach (var pair in pairs)
        {
            var facts = new AutoResolutionPair(FileFacts(pair.KingA), FileFacts(pair.KingB), pair.Distance, ArePixelDuplicates(pair.KingA, pair.KingB));
            if (rules.Select(rule => rule.Decide(facts)).FirstOrDefault(decision => decision is not null) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        if (!dryRun)
        {
            foreach (var decision in decisions)
            {
                SetDuplicateRelationship(decision.Better, decision.Worse, DuplicateRelationship.Better, DuplicateMergeOptions.DefaultFor(DuplicateRelationship.Better));
            }
        }

        return new AutoResolutionReport(dryRun, rules.Select(rule => rule.Name).ToList(), pairs.Count, decisions);
    }

    private AutoResolutionFile FileFacts(FileHash hash)
    {
        var metadata = parts.FilesInfo.Read(RequireHashId(hash), hash) ?? throw new StoreException($"the store has no file information for {hash.ToHex()}");
        return new AutoResolutionFile(hash, metadata.Mime, metadata.Size, metadata.Media.Width ?? 0, metadata.Media.Height ?? 0);
    }

    /// <summary>Whether two stored files are hydrus's pixel duplicates (same pixel hash and width).</summary>
    public bool ArePixelDuplicates(FileHash a, FileHash b) =>
        parts.SimilarFiles.PixelDuplicatesOf(RequireHashId(a)).Contains(RequireHashId(b));
}
