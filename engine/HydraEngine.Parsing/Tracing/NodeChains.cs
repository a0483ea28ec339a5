using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;

namespace HydraEngine.Parsing.Tracing;

/// <summary>A rule chain proposed for a clicked node, with what the formula engine yields with it (the first values and how many).</summary>
public sealed record ProposedChain(Formula Formula, string Description, IReadOnlyList<string> Yields, int Count);

/// <summary>
/// Clicking a node of the rendered document tree (<see cref="DocumentTree"/>): the rule chains that reach it. HTML: its
/// nearest named ancestor and the element by tag and class, and the same with the tag index that singles it out.
/// JSON: its keys and indices, and the same with every index as "all items". Each chain is run by the engine.
/// </summary>
public sealed class NodeChains(FormulaEngine? engine = null)
{
    private const int ShownYields = 10;
    private readonly FormulaEngine formulae = engine ?? FormulaEngine.Default;

    /// <exception cref="ArgumentException">The path leads nowhere in the document.</exception>
    public IReadOnlyList<ProposedChain> Propose(string text, IReadOnlyList<JsonStep> path)
    {
        var document = new ParseDocument(text);
        IEnumerable<(Formula Formula, string Description)> chains = JsonChains.Parse(text) is { } json ? Json(json, path) : Html(document, path);
        var context = new ParsingContext([]);
        return chains.DistinctBy(chain => chain.Formula).Select(chain =>
        {
            var yields = formulae.Parse(chain.Formula, document, context, collapseNewlines: true);
            return new ProposedChain(chain.Formula, chain.Description, yields.Take(ShownYields).ToList(), yields.Count);
        }).ToList();
    }

    private static IEnumerable<(Formula, string)> Html(ParseDocument document, IReadOnlyList<JsonStep> path)
    {
        if (path.Count == 0 || path[0].Index != 0)
        {
            throw new ArgumentException("an HTML path starts at the root element, index 0", nameof(path));
        }

        var element = HtmlElementView.Root(document.HtmlIndex) ?? throw new ArgumentException("the document has no element", nameof(path));
        foreach (var step in path.Skip(1))
        {
            var children = element.Children;
            element = step.Index is { } index && index >= 0 && index < children.Count
                ? children[index]
                : throw new ArgumentException($"the document has no element at {string.Concat(path)}", nameof(path));
        }

        var (fetch, attribute) = HtmlChains.FetchFor(element);
        if (element.Id.Length > 0)
        {
            yield return (HtmlChains.Own(element, fetch, attribute), "by its id");
        }

        yield return (HtmlChains.Chain(element, fetch, attribute), "by tag and class under its nearest named ancestor");
        yield return (HtmlChains.Chain(element, fetch, attribute, indexed: true), "this element only (with its tag index)");
    }

    private static IEnumerable<(Formula, string)> Json(JsonNode root, IReadOnlyList<JsonStep> path)
    {
        var node = JsonChains.At(root, path);
        if (node is null && path.Count > 0)
        {
            throw new ArgumentException($"the document has no value at {string.Concat(path)}", nameof(path));
        }

        var fetch = node is JsonObject or JsonArray ? JsonContentToFetch.Json : JsonContentToFetch.String;
        yield return (JsonChains.Chain(path, everyIndex: false, fetch), "this value only (its keys and indices)");
        if (path.Any(step => step.Index is not null))
        {
            yield return (JsonChains.Chain(path, everyIndex: true, fetch), "every list item on the way (all items)");
        }
    }
}
