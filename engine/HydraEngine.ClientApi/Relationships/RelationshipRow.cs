using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Http;
using HydraEngine.Storage;
using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Relationships;

/// <summary>One row of <c>set_file_relationships</c>, with "A worse" already turned into "B better".</summary>
internal sealed record RelationshipRow(DuplicateRelationship Relationship, FileHash A, FileHash B, bool DefaultMerge, bool DeleteA, bool DeleteB)
{
    public const string DeletionReason = "From Client API (duplicates processing).";

    private const int Worse = 7;

    private static readonly Dictionary<long, DuplicateRelationship> Relationships = new()
    {
        [0] = DuplicateRelationship.Potential,
        [1] = DuplicateRelationship.FalsePositive,
        [2] = DuplicateRelationship.SameQuality,
        [3] = DuplicateRelationship.Alternates,
        [4] = DuplicateRelationship.Better,
        [Worse] = DuplicateRelationship.Better,
    };

    /// <summary>Every row of <c>relationships</c>, each checked (400 naming the row and field) before any is applied.</summary>
    public static IReadOnlyList<RelationshipRow> ParseAll(ApiArguments args)
    {
        var node = args.Json("relationships");
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray rows)
        {
            throw ApiException.BadParameter("relationships", "should be a list of objects");
        }

        return [.. rows.Select((row, index) => row is JsonObject fields ? Parse(fields, index) : throw ApiException.BadParameter("relationships", $"has an item ({index}) that is not an object"))];
    }

    /// <summary>Merges (when asked), records the relationship, then sends the files asked for to the trash.</summary>
    public void Apply(HydraStore store)
    {
        var merge = DefaultMerge ? DuplicateMergeOptions.DefaultFor(Relationship) : null;
        store.SetDuplicateRelationship(A, B, Relationship, merge, new DuplicateDeletes(DeleteA, DeleteB, DeletionReason));
    }

    private static RelationshipRow Parse(JsonObject fields, int index)
    {
        var code = Field<long>(fields, "relationship", index, required: true);
        var relationship = Relationships.TryGetValue(code, out var known)
            ? known
            : throw ApiException.BadParameter("relationships", $"item {index}: \"relationship\" is {code}; it should be 0, 1, 2, 3, 4 or 7");
        var a = Hash(fields, "hash_a", index);
        var b = Hash(fields, "hash_b", index);
        var merge = Field<bool>(fields, "do_default_content_merge", index, required: true);
        var deleteA = Field<bool>(fields, "delete_a", index, required: false);
        var deleteB = Field<bool>(fields, "delete_b", index, required: false);
        return code == Worse
            ? new RelationshipRow(relationship, b, a, merge, deleteB, deleteA)
            : new RelationshipRow(relationship, a, b, merge, deleteA, deleteB);
    }

    private static FileHash Hash(JsonObject fields, string name, int index)
    {
        var text = fields[name] is JsonValue value && value.TryGetValue<string>(out var hex)
            ? hex
            : throw ApiException.BadParameter("relationships", $"item {index}: \"{name}\" is missing or not a string");
        return FileHash.TryParse(text, out var hash) ? hash : throw ApiException.BadParameter("relationships", $"item {index}: \"{name}\" is '{text}', which is not a SHA-256 hash");
    }

    private static T Field<T>(JsonObject fields, string name, int index, bool required)
    {
        if (!fields.TryGetPropertyValue(name, out var node) || node is null)
        {
            return required ? throw ApiException.BadParameter("relationships", $"item {index}: \"{name}\" is missing") : default!;
        }

        return node is JsonValue value && value.TryGetValue<T>(out var typed)
            ? typed
            : throw ApiException.BadParameter("relationships", $"item {index}: \"{name}\" should be a {(typeof(T) == typeof(bool) ? "boolean" : "number")}");
    }
}
