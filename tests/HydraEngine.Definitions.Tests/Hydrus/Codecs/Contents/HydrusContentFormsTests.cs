using HydraEngine.Definitions.Hydrus.Codecs.Contents;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Testing;

namespace HydraEngine.Definitions.Tests.Hydrus.Codecs.Contents;

public sealed class HydrusContentFormsTests
{
    private static readonly Formula Formula = new StaticFormula("", 1, "x", StringProcessor.Empty);

    [Fact]
    public void Every_content_record_of_the_model_has_a_hydrus_form()
    {
        var missing = ContentSamples.ModelRecords.Where(type => HydrusContentForms.Default.All.All(form => form.RecordType != type)).Select(type => type.Name);

        missing.ShouldBeEmpty("add a form under engine/HydraEngine.Definitions/Hydrus/Codecs/Contents and register it in HydrusContentForms");
    }

    [Fact]
    public void Every_hydrus_form_has_its_own_content_type_number() =>
        HydrusContentForms.Default.All.Select(form => form.ContentType).ShouldBeUnique();

    [Fact]
    public void The_listing_of_producible_types_is_in_hydrus_number_order() =>
        HydrusContentForms.Default.Listing.ShouldBe("0 tags, 7 urls, 8 veto, 14 variable, 15 hash, 16 timestamp, 17 title, 18 notes, 22 http headers");

    [Fact]
    public void Every_sample_content_parser_is_written_as_hydrus_json_and_read_back_unchanged()
    {
        foreach (var sample in ContentSamples.All)
        {
            var parser = new ContentParser("sample", sample, Formula);

            var read = DefinitionLoader.LoadJson(HydrusSerialiser.ToDumpString(parser), "test");

            read.Succeeded.ShouldBeTrue(sample.ToString());
            ((ContentParser)read.Definition!).Content.ShouldBe(sample);
        }
    }
}
