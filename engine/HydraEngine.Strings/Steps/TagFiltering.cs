using System.Runtime.CompilerServices;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Text;

namespace HydraEngine.Strings.Steps;

/// <summary>
/// A hydrus Tag Filter (44) prepared for fast decisions (objects.md §7), with "apply unnamespaced rules to
/// namespaced tags" on: exact-tag rules (whitelist first) for the tag, then for its subtag; then the namespace
/// rules; anything else is allowed. A later rule for the same slice replaces an earlier one.
/// </summary>
internal sealed class TagFiltering
{
    private static readonly ConditionalWeakTable<TagFilter, TagFiltering> Prepared = [];

    private readonly HashSet<string> tagsWhitelist = new(StringComparer.Ordinal);
    private readonly HashSet<string> tagsBlacklist = new(StringComparer.Ordinal);
    private readonly HashSet<string> namespacesWhitelist = new(StringComparer.Ordinal);
    private readonly HashSet<string> namespacesBlacklist = new(StringComparer.Ordinal);
    private readonly bool allUnnamespacedWhitelisted;
    private readonly bool allUnnamespacedBlacklisted;
    private readonly bool allNamespacedWhitelisted;
    private readonly bool allNamespacedBlacklisted;

    private TagFiltering(TagFilter filter)
    {
        var rules = new Dictionary<string, TagFilterRule>(StringComparer.Ordinal);
        foreach (var entry in filter.Rules)
        {
            rules[entry.TagSlice] = entry.Rule;
        }

        foreach (var (slice, rule) in rules)
        {
            var white = rule == TagFilterRule.Whitelist;
            if (slice.Length == 0)
            {
                (allUnnamespacedWhitelisted, allUnnamespacedBlacklisted) = (allUnnamespacedWhitelisted || white, allUnnamespacedBlacklisted || !white);
            }
            else if (slice == ":")
            {
                (allNamespacedWhitelisted, allNamespacedBlacklisted) = (allNamespacedWhitelisted || white, allNamespacedBlacklisted || !white);
            }
            else if (slice[^1] == ':' && slice.IndexOf(':') == slice.Length - 1)
            {
                (white ? namespacesWhitelist : namespacesBlacklist).Add(slice[..^1]);
            }
            else
            {
                (white ? tagsWhitelist : tagsBlacklist).Add(slice);
            }
        }
    }

    public static TagFiltering For(TagFilter filter) => Prepared.GetValue(filter, static f => new TagFiltering(f));

    public bool Allows(string tag)
    {
        if (tagsWhitelist.Contains(tag))
        {
            return true;
        }

        if (tagsBlacklist.Contains(tag))
        {
            return false;
        }

        var (ns, subtag) = HydrusTags.SplitTag(tag);
        if (ns.Length > 0)
        {
            if (tagsWhitelist.Contains(subtag))
            {
                return true;
            }

            if (tagsBlacklist.Contains(subtag))
            {
                return false;
            }

            if (namespacesWhitelist.Contains(ns))
            {
                return true;
            }

            return !namespacesBlacklist.Contains(ns) && (allNamespacedWhitelisted || !allNamespacedBlacklisted);
        }

        return allUnnamespacedWhitelisted || !allUnnamespacedBlacklisted;
    }
}
