using System.Text.Json.Nodes;

namespace HydraEngine.ClientApi.Http;

/// <summary>
/// hydrus's search tag lists (<c>tags</c>, <c>tags_1</c>, <c>tags_2</c>): a JSON list whose items are terms (tags,
/// <c>-negated</c>, wildcards, <c>system:</c> predicates) or lists of terms (an OR), read as AND-ed groups.
/// </summary>
internal static class TagListArgument
{
    /// <summary>The groups of <paramref name="name"/>, empty when it is absent.</summary>
    public static List<IReadOnlyList<string>> Groups(ApiArguments args, string name)
    {
        if (args.Json(name) is not { } node)
        {
            return [];
        }

        if (node is not JsonArray items)
        {
            throw ApiException.BadParameter(name, "should be a JSON list of tags (strings) and OR groups (lists of strings)");
        }

        return items.Select((item, index) => item switch
        {
            JsonValue value when value.TryGetValue<string>(out var tag) => (IReadOnlyList<string>)[tag],
            JsonArray group => group.Select(term => term is JsonValue text && text.TryGetValue<string>(out var alternative)
                ? alternative
                : throw ApiException.BadParameter(name, $"has an OR group (item {index}) holding something other than strings")).ToList(),
            _ => throw ApiException.BadParameter(name, $"has an item ({index}) that is neither a string nor a list of strings"),
        }).ToList();
    }
}
