using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.ContentParser;

/// <summary>URL parsers only: the old url type becomes the new one — file (2) → desired (7),
/// post (0) → source (8), anything else → next gallery page (6). The priority is kept.</summary>
internal sealed class ContentParserV2ToV3 : IUpgradeStep
{
    private const int OldFile = 2;
    private const int OldPost = 0;
    private const int Desired = 7;
    private const int Source = 8;
    private const int NextPage = 6;

    public int TypeId => HydrusTypes.ContentParser;

    public int FromVersion => 2;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 4, "the info (name, content type, formula, additional info)");
        if (!PythonValues.EqualsInteger(fields[1], ContentTypes.Urls))
        {
            return fields;
        }

        var urlInfo = UpgradeJson.Array(fields[3], 2, "the url info (url type, priority)");
        urlInfo[0] = PythonValues.EqualsInteger(urlInfo[0], OldFile) ? Desired
            : PythonValues.EqualsInteger(urlInfo[0], OldPost) ? Source
            : NextPage;
        return fields;
    }
}
