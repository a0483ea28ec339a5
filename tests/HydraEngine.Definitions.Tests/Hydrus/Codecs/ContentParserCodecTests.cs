using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Tests.Hydrus.Codecs;

public sealed class ContentParserCodecTests
{
    private static string TimestampParser(string timestampType) =>
        $"[30, 7, [\"posted\", 16, [60, 3, [\"url\", \"\", [84, 1, [26, 3, []]]]], {timestampType}]]";

    [Fact]
    public void A_timestamp_content_parser_with_a_null_type_loads_with_no_type()
    {
        var result = DefinitionLoader.LoadJson(TimestampParser("null"), "test");

        result.Succeeded.ShouldBeTrue();
        ((ContentParser)result.Definition!).Content.ShouldBe(new TimestampContent(null));
    }

    [Fact]
    public void A_null_timestamp_type_is_written_back_as_null()
    {
        var loaded = DefinitionLoader.LoadJson(TimestampParser("null"), "test").Definition!;

        var written = DefinitionLoader.LoadJson(HydrusSerialiser.ToDumpString(loaded), "test").Definition!;

        ((ContentParser)written).Content.ShouldBe(new TimestampContent(null));
    }

    [Fact]
    public void A_timestamp_type_still_loads_as_a_number() =>
        ((ContentParser)DefinitionLoader.LoadJson(TimestampParser("0"), "test").Definition!).Content.ShouldBe(new TimestampContent(0));
}
