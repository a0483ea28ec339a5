using HydraEngine.Testing;

namespace HydraEngine.Definitions.Tests.Mutation;

/// <summary>Valid definitions to corrupt: the project's fixtures, plus a few corpus files when present.</summary>
internal static class MutationSeeds
{
    public static IReadOnlyList<string> JsonTexts()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Fixtures, "objects"), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        texts.Add("[58, \"p\", 2, [\"p\", \"bb\", [55, 1, [[], \"e\"]], [], [26, 1, []], [], {\"url\": \"http://e.com/\"}]]");
        texts.Add("[50, \"u\", 12, [\"aa\", 0, \"https\", \"example.com\", [false, false, true, false, false, false, true, false], [[[51, 1, [0, \"x\", null, null, \"x\"]], null]], [[\"t\", [[51, 1, [0, \"a b\", null, null, \"a b\"]], \"x y\"]]], false, [51, 1, [3, \"\", null, null, \"e\"]], [], [55, 1, [[], \"x\"]], 0, [55, 1, [[], \"x\"]], null, null, 1, \"https://example.com/x?t=a b\"]]");
        return texts;
    }

    public static IReadOnlyList<byte[]> Pngs() =>
        JsonTexts()
            .Select(text => DefinitionLoader.LoadJson(text, "seed").Definition)
            .OfType<Model.Common.Definition>()
            .Select(definition => HydrusSerialiser.ToPng(definition))
            .ToList();
}
