using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Content.Types;
using HydraEngine.Parsing.Results;
using HydraEngine.Testing;

namespace HydraEngine.Parsing.Tests.Content.Types;

public sealed class ContentTypesTests
{
    private sealed record UnregisteredContent : ContentKind;

    public static TheoryData<string> ModelRecordNames() => [.. ContentSamples.ModelRecords.Select(type => type.Name)];

    [Fact]
    public void Every_content_record_of_the_model_has_a_sample_to_check_its_parts_with() =>
        ContentSamples.MissingFromModel().ShouldBeEmpty("add an example of each new content record to tests/HydraEngine.Testing/ContentSamples.cs");

    [Theory]
    [MemberData(nameof(ModelRecordNames))]
    public void Every_content_record_of_the_model_has_a_registered_content_type(string recordName) =>
        ContentTypes.Default.Contains(ContentSamples.ModelRecords.Single(type => type.Name == recordName))
            .ShouldBeTrue($"{recordName} needs a folder under engine/HydraEngine.Parsing/Content/Types registered in ContentTypes");

    [Fact]
    public void Every_registered_content_type_is_about_a_model_record() =>
        ContentTypes.Default.All.Select(type => type.RecordType).ShouldBeSubsetOf(ContentSamples.ModelRecords);

    [Fact]
    public void Every_content_type_has_its_own_json_word() =>
        ContentTypes.Default.All.Select(type => type.JsonWord).ShouldBeUnique();

    [Fact]
    public void Every_sample_is_described_for_inspect_and_labelled_with_its_parser_name_for_parse()
    {
        foreach (var sample in ContentSamples.All)
        {
            var type = ContentTypes.Default.For(sample);

            type.Describe(sample).ShouldNotBeNullOrWhiteSpace(sample.ToString());
            type.Label(new ParsedContent("the parser", sample, "value")).ShouldEndWith("[the parser]", customMessage: sample.ToString());
        }
    }

    [Fact]
    public void Every_sample_writes_its_json_and_is_read_by_downloads_without_failing()
    {
        foreach (var sample in ContentSamples.All)
        {
            using var writer = new Utf8JsonWriter(Stream.Null);
            writer.WriteStartObject();
            ContentTypes.Default.For(sample).WriteJson(sample, writer);
            writer.WriteEndObject();

            Should.NotThrow(() => PostContents.Of([new ParsedContent("p", sample, "0")]), sample.ToString());
        }
    }

    [Fact]
    public void A_content_record_nobody_registered_is_named_with_where_to_add_it() =>
        Should.Throw<InvalidOperationException>(() => ContentTypes.Default.For(new UnregisteredContent()))
            .Message.ShouldContain("UnregisteredContent has no content type");
}
