namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>The adoption agency algorithm, as html5lib 1.1 runs it (eight outer rounds, an inner loop of three).</summary>
internal sealed partial class SoupTreeBuilder
{
    private void EndTagFormatting(SoupTag tag)
    {
        for (var round = 0; round < 8; round++)
        {
            var element = formatting.LastNamed(tag.Name);
            if (element < 0 || (open.Contains(element) && !open.InScope(nodes.Name(element))))
            {
                EndTagOther(tag.Name);
                return;
            }

            if (!open.Contains(element))
            {
                formatting.Remove(element);
                return;
            }

            var elementIndex = open.IndexOf(element);
            var furthest = -1;
            for (var i = elementIndex; i < open.Count; i++)
            {
                if (IsSpecial(open[i]))
                {
                    furthest = open[i];
                    break;
                }
            }

            if (furthest < 0)
            {
                while (open.Pop() != element)
                {
                }

                formatting.Remove(element);
                return;
            }

            Adopt(element, elementIndex, furthest);
        }
    }

    /// <summary>One round: clones of the formatting elements between <paramref name="element"/> and the furthest block wrap it.</summary>
    private void Adopt(int element, int elementIndex, int furthest)
    {
        var commonAncestor = open[elementIndex - 1];
        var bookmark = formatting.IndexOf(element);
        var lastNode = furthest;
        var index = open.IndexOf(furthest);
        for (var inner = 0; inner < 3; inner++)
        {
            index--;
            var node = open[index];
            if (!formatting.Contains(node))
            {
                open.Remove(node);
                continue;
            }

            if (node == element)
            {
                break;
            }

            if (lastNode == furthest)
            {
                bookmark = formatting.IndexOf(node) + 1;
            }

            var clone = nodes.Clone(node);
            formatting.Replace(formatting.IndexOf(node), clone);
            open.Replace(open.IndexOf(node), clone);
            nodes.Append(clone, lastNode);
            lastNode = clone;
        }

        nodes.Detach(lastNode);
        if (nodes.Name(commonAncestor) is "table" or "tbody" or "tfoot" or "thead" or "tr")
        {
            var (parent, before) = FosterPosition();
            nodes.Place(parent, lastNode, before);
        }
        else
        {
            nodes.Append(commonAncestor, lastNode);
        }

        var wrapper = nodes.Clone(element);
        nodes.MoveChildren(furthest, wrapper);
        nodes.Append(furthest, wrapper);
        formatting.Remove(element);
        formatting.Insert(Math.Min(bookmark, formatting.Count), wrapper);
        open.Remove(element);
        open.Insert(open.IndexOf(furthest) + 1, wrapper);
    }
}
