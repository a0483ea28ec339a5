using HydraEngine.Model.Parsing;
using HydraEngine.Network;
using HydraEngine.Parsing.Content;

namespace HydraEngine.Downloading.Work;

/// <summary>A fetched page and what its parser (or a site handler: no parser) found.</summary>
internal sealed record ParsedPage(FetchedPage Page, string UrlToFetch, PageParser? Parser, IReadOnlyList<ParsedPost> Posts, string? Failure);
