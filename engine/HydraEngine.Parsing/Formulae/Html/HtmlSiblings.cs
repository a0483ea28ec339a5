using HydraEngine.Parsing.Documents;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>
/// The element siblings a sibling rule reads, nearest first (bs4's <c>find_next_siblings</c> /
/// <c>find_previous_siblings</c>), or farthest first (the same list reversed, for a negative tag index).
/// </summary>
internal static class HtmlSiblings
{
    public static IEnumerable<int> Walk(int node, bool next, bool fromFar, HtmlIndex index)
    {
        if (node == HtmlIndex.DocumentPosition)
        {
            yield break;
        }

        if (!fromFar)
        {
            for (var sibling = Step(node, next, index); sibling >= 0; sibling = Step(sibling, next, index))
            {
                yield return sibling;
            }

            yield break;
        }

        var parent = index.Parent(node);
        for (var sibling = next ? index.LastChild(parent) : index.FirstChild(parent); sibling >= 0 && sibling != node; sibling = Step(sibling, !next, index))
        {
            yield return sibling;
        }
    }

    private static int Step(int position, bool next, HtmlIndex index) => next ? index.NextSibling(position) : index.PreviousSibling(position);
}
