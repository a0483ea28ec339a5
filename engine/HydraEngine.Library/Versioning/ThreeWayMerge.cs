using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;

namespace HydraEngine.Library.Versioning;

/// <summary>
/// Field-level three-way merge of native JSON (fields as <see cref="FieldChanges"/> defines them): base = the
/// upstream version a local edit was made on, ours = the local edit, theirs = the new upstream version. A field
/// only one side changed takes that side; a field both changed differently is a conflict and keeps theirs.
/// </summary>
internal static class ThreeWayMerge
{
    public static (JsonNode? Merged, IReadOnlyList<FieldConflict> Conflicts) Merge(JsonNode? @base, JsonNode? ours, JsonNode? theirs)
    {
        var conflicts = new List<FieldConflict>();
        var merged = Merge(new Slot(true, @base), new Slot(true, ours), new Slot(true, theirs), "", conflicts);
        return (merged.Value, conflicts);
    }

    private static Slot Merge(Slot @base, Slot ours, Slot theirs, string path, List<FieldConflict> conflicts)
    {
        if (ours.Value is JsonObject oursMap && theirs.Value is JsonObject theirsMap)
        {
            var baseMap = @base.Value as JsonObject;
            var result = new JsonObject();
            foreach (var key in Slot.Keys(theirsMap, oursMap, baseMap))
            {
                var field = Merge(baseMap is null ? Slot.Absent : Slot.Of(baseMap, key), Slot.Of(oursMap, key), Slot.Of(theirsMap, key), JsonPointer.Append(path, key), conflicts);
                if (field.Present)
                {
                    result[key] = field.Value?.DeepClone();
                }
            }

            return new Slot(true, result);
        }

        if (ours.SameAs(@base) || ours.SameAs(theirs))
        {
            return theirs;
        }

        if (theirs.SameAs(@base))
        {
            return ours;
        }

        conflicts.Add(new FieldConflict(path, NativeJson.Short(ours.Value, ours.Present), NativeJson.Short(theirs.Value, theirs.Present)));
        return theirs;
    }
}
