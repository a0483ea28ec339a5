using System.Text.Json.Nodes;
using HydraEngine.Matching.UrlClasses;
using HydraEngine.Model.Text;
using HydraEngine.Model.Urls;
using HydraEngine.Testing;
using Xunit.Abstractions;

namespace HydraEngine.Matching.Tests.Corpus;

/// <summary>expected/urls/url_classes.jsonl: every URL class on its example URL and variants, as hydrus computed.</summary>
public sealed class UrlClassConformanceTests(ITestOutputHelper output)
{
    private const string GivenReferral = "https://example.com/referrer";

    [CorpusFact]
    public void Every_url_class_line_matches_hydrus()
    {
        var tally = new Tally();
        var engines = new Dictionary<string, UrlClassEngine>(StringComparer.Ordinal);
        foreach (var line in CorpusObjects.Lines("url_classes.jsonl"))
        {
            var key = $"{line["path"]}#{line["object_index"]}";
            if (!engines.TryGetValue(key, out var engine))
            {
                engine = engines[key] = new UrlClassEngine((UrlClass)CorpusObjects.Object((string)line["path"]!, (string)line["object_index"]!));
            }

            var url = (string)line["url"]!;
            var where = $"{key} {(string)line["tested"]!} {url}";
            tally.Check((string?)line["encoded"], HydrusUrls.EnsureEncoded(url), where + " encoded");
            tally.Check(((bool)line["matches"]!).ToString(), engine.Matches(url).ToString(), where + " matches");
            tally.Check(Expected(line, "normalised", "normalise_error"), Attempt(() => engine.Normalise(url)), where + " normalised");
            tally.Check(Expected(line, "normalised_for_server", "normalise_for_server_error"), Attempt(() => engine.Normalise(url, forServer: true)), where + " for server");
            tally.Check(((bool)line["uses_api_url"]!).ToString(), engine.UsesApiUrl.ToString(), where + " uses api");
            if (line.ContainsKey("api_url") || line.ContainsKey("api_url_error"))
            {
                tally.Check(Expected(line, "api_url", "api_url_error"), Attempt(() => engine.GetApiUrl(url)), where + " api url");
            }

            tally.Check((string?)line["referral_url_if_none_given"], Attempt(() => engine.GetReferralUrl(url, null)), where + " referral (none given)");
            tally.Check((string?)line["referral_url_if_given"], Attempt(() => engine.GetReferralUrl(url, GivenReferral)), where + " referral (given)");
            tally.Check(((bool)line["can_generate_next_gallery_page"]!).ToString(), engine.CanGenerateNextGalleryPage.ToString(), where + " can next");
            if (line.ContainsKey("next_gallery_page") || line.ContainsKey("next_gallery_page_error"))
            {
                tally.Check(Expected(line, "next_gallery_page", "next_gallery_page_error"), Attempt(() => engine.GetNextGalleryPage(url)), where + " next page");
            }
        }

        CorpusReport.Write("url_classes.txt", tally.Failures);
        output.WriteLine($"url_classes.jsonl: {tally.Rate} checks match");
        tally.Failures.Take(30).ToList().ForEach(output.WriteLine);
        tally.Failures.ShouldBeEmpty();
    }

    /// <summary>The expected value, or "ERROR" when hydrus raised.</summary>
    internal static string? Expected(JsonObject line, string field, string errorField) =>
        line.ContainsKey(errorField) && line[errorField] is not null ? "ERROR" : (string?)line[field];

    internal static string? Attempt(Func<string?> compute)
    {
        try
        {
            return compute();
        }
        catch (UrlClassException)
        {
            return "ERROR";
        }
    }
}
