using HydraEngine.Definitions;
using HydraEngine.Library.Lookup;
using HydraEngine.Library.Storage;
using HydraEngine.Library.Versioning;
using HydraEngine.Model.Common;
using HydraEngine.Model.Network;

namespace HydraEngine.Library.Importing;

/// <summary>
/// Decides one incoming object's fate against the current library: new, identical (apart from the key), or a
/// replacement; a replacement of a locally edited object re-applies the edit by three-way merge.
/// </summary>
internal sealed class ChangePlanner(LibrarySnapshot snapshot, Func<LibraryObject, int, Definition> loadVersion, DefinitionReadOptions reading)
{
    public PlannedChange Plan(ImportItem item)
    {
        var current = snapshot.Find(item.Kind, item.Name);
        var incoming = Effective(item.Definition, current?.Definition);
        var typeName = DefinitionDescriptions.HydrusNameOf(incoming);
        if (current is null)
        {
            return new PlannedChange(ImportAction.New, item.Kind, item.Name, typeName, item.Source, incoming, incoming, null, [], null);
        }

        var upstream = current.LocalEditBase is int baseVersion ? loadVersion(current, baseVersion) : current.Definition;
        if (StoredDefinitions.SameApartFromKey(incoming, upstream))
        {
            return new PlannedChange(ImportAction.Identical, item.Kind, item.Name, typeName, item.Source, incoming, current.Definition, current.Version, [], null);
        }

        var merge = current.LocalEditBase is int editBase ? Merge(current, editBase, upstream, incoming) : null;
        var result = merge?.Merged ?? incoming;
        var changes = FieldChanges.Compare(NativeJson.Of(current.Definition), NativeJson.Of(result));
        return new PlannedChange(ImportAction.Replace, item.Kind, item.Name, typeName, item.Source, incoming, result, current.Version, changes, merge);
    }

    /// <summary>hydrus keeps a domain's headers or bandwidth rules when a package brings none of its own.</summary>
    private static Definition Effective(Definition incoming, Definition? existing) =>
        incoming is DomainMetadataPackage package && existing is DomainMetadataPackage old
            ? package with { Headers = package.Headers ?? old.Headers, BandwidthRules = package.BandwidthRules ?? old.BandwidthRules }
            : incoming;

    private LocalEditMerge Merge(LibraryObject current, int baseVersion, Definition upstream, Definition incoming)
    {
        var baseNode = NativeJson.Of(upstream);
        var oursNode = NativeJson.Of(current.Definition);
        var theirsNode = NativeJson.Of(incoming);
        var (mergedNode, conflicts) = ThreeWayMerge.Merge(baseNode, oursNode, theirsNode);
        var loaded = NativeJson.Read(mergedNode!, $"{current.Name} (local edit re-applied)", reading);
        if (!loaded.Succeeded)
        {
            var theirs = FieldChanges.Compare(baseNode, theirsNode).ToDictionary(change => change.Path, change => change.New, StringComparer.Ordinal);
            conflicts = FieldChanges.Compare(baseNode, oursNode)
                .Select(change => new FieldConflict(change.Path, change.New, theirs.TryGetValue(change.Path, out var value) ? value : change.Old))
                .ToList();
            return new LocalEditMerge(baseVersion, current.Version, null, conflicts, NativeJson.Text(oursNode));
        }

        var merged = loaded.Definition!;
        var remains = StoredDefinitions.Canonical(merged) != StoredDefinitions.Canonical(incoming);
        return new LocalEditMerge(baseVersion, current.Version, remains ? merged : null, conflicts, NativeJson.Text(oursNode));
    }
}
