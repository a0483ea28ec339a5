using HydraEngine.Parsing.Documents.Soup.Tokenizer;

namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>
/// html5lib 1.1's tree construction (what hydrus's BeautifulSoup 4.11 parses with), over its tokenizer (<see cref="SoupTokenizer"/>), into a
/// compact <see cref="SoupTree"/>. It keeps html5lib's older spec where today's differs (element lists in
/// <see cref="SoupElements"/>, no template mode, no depth cap, the adoption agency's inner loop of three). It never recurses,
/// and scope checks first consult a count of open elements per name, so a document 200,000 levels deep costs linear time.
/// The phases live in the partial files beside this one (head, body, formatting, table, select and foreign content).
/// </summary>
internal sealed partial class SoupTreeBuilder
{
    private readonly SoupTokenizer tokenizer;
    private readonly SoupNodes nodes;
    private readonly SoupOpenElements open;
    private readonly SoupFormattingList formatting;
    private readonly List<ReadOnlyMemory<char>> tableText = [];
    private SoupInsertionMode mode = SoupInsertionMode.Initial;
    private SoupInsertionMode originalMode;
    private SoupInsertionMode tableTextMode;
    private int head = -1;
    private int form = -1;
    private bool framesetOk = true;
    private bool quirks;
    private bool fromTable;
    private bool dropNewline;

    private SoupTreeBuilder(string text)
    {
        tokenizer = new SoupTokenizer(text, new SoupSharedStrings());
        nodes = new SoupNodes(text.Length);
        open = new SoupOpenElements(nodes);
        formatting = new SoupFormattingList(nodes, open);
    }

    public static SoupTree Build(string text)
    {
        var builder = new SoupTreeBuilder(text);
        builder.Run();
        return builder.nodes.Compact();
    }

    private int Current => open.Current;

    /// <summary>html5lib's main loop for one token: the phase (or foreign content) handles it until none asks to reprocess it.</summary>
    private void Dispatch(SoupToken token)
    {
        while (UsesForeignContent(token) ? Foreign(token) : Process(mode, token))
        {
        }
    }

    /// <summary>Handles the token as phase <paramref name="phase"/> does; true to reprocess it (in the phase then current).</summary>
    private bool Process(SoupInsertionMode phase, SoupToken token) => token.Kind switch
    {
        SoupTokenKind.StartTag => StartTag(phase, token.Tag!),
        SoupTokenKind.EndTag => EndTag(phase, token.Tag!),
        SoupTokenKind.Characters => Characters(phase, token.Data),
        SoupTokenKind.Space => Space(phase, token.Data),
        SoupTokenKind.Comment => Comment(phase, token.Data),
        _ => Doctype(phase, token.Doctype!),
    };

    private bool StartTag(SoupInsertionMode phase, SoupTag tag) => phase switch
    {
        SoupInsertionMode.Initial or SoupInsertionMode.BeforeHtml or SoupInsertionMode.BeforeHead or SoupInsertionMode.InHead
            or SoupInsertionMode.InHeadNoscript or SoupInsertionMode.AfterHead => StartTagBeforeBody(phase, tag),
        SoupInsertionMode.InBody => StartTagInBody(tag),
        SoupInsertionMode.Text => false,
        SoupInsertionMode.InSelect or SoupInsertionMode.InSelectInTable => StartTagInSelect(phase, tag),
        SoupInsertionMode.AfterBody or SoupInsertionMode.InFrameset or SoupInsertionMode.AfterFrameset or SoupInsertionMode.AfterAfterBody
            or SoupInsertionMode.AfterAfterFrameset => StartTagAfterBody(phase, tag),
        _ => StartTagInTable(phase, tag),
    };

    private bool EndTag(SoupInsertionMode phase, SoupTag tag) => phase switch
    {
        SoupInsertionMode.Initial or SoupInsertionMode.BeforeHtml or SoupInsertionMode.BeforeHead or SoupInsertionMode.InHead
            or SoupInsertionMode.InHeadNoscript or SoupInsertionMode.AfterHead => EndTagBeforeBody(phase, tag),
        SoupInsertionMode.InBody => EndTagInBody(tag),
        SoupInsertionMode.Text => EndTagInText(),
        SoupInsertionMode.InSelect or SoupInsertionMode.InSelectInTable => EndTagInSelect(phase, tag),
        SoupInsertionMode.AfterBody or SoupInsertionMode.InFrameset or SoupInsertionMode.AfterFrameset or SoupInsertionMode.AfterAfterBody
            or SoupInsertionMode.AfterAfterFrameset => EndTagAfterBody(phase, tag),
        _ => EndTagInTable(phase, tag),
    };

    private bool Comment(SoupInsertionMode phase, ReadOnlyMemory<char> data)
    {
        switch (phase)
        {
            case SoupInsertionMode.Initial or SoupInsertionMode.BeforeHtml or SoupInsertionMode.AfterAfterBody or SoupInsertionMode.AfterAfterFrameset:
                nodes.Append(SoupTree.DocumentNode, nodes.CreateData(SoupNodeKind.Comment, "", data.Span));
                return false;
            case SoupInsertionMode.AfterBody:
                nodes.Append(open[0], nodes.CreateData(SoupNodeKind.Comment, "", data.Span));
                return false;
            case SoupInsertionMode.InTableText:
                LeaveTableText();
                return true;
            default:
                nodes.Append(Current, nodes.CreateData(SoupNodeKind.Comment, "", data.Span));
                return false;
        }
    }

    private bool Doctype(SoupInsertionMode phase, SoupDoctype doctype)
    {
        if (phase != SoupInsertionMode.Initial)
        {
            return false;
        }

        nodes.Append(SoupTree.DocumentNode, nodes.CreateData(SoupNodeKind.Doctype, "", doctype.Text));
        quirks = SoupQuirks.IsQuirks(doctype);
        mode = SoupInsertionMode.BeforeHtml;
        return false;
    }

    /// <summary>The element for a tag, in the tag's namespace, appended where html5lib appends (foster-parented from a table) and opened.</summary>
    private int Insert(SoupTag tag, SoupNamespace space = SoupNamespace.Html)
    {
        var element = nodes.CreateElement(tag.Name, space, tag.Attributes);
        if (fromTable && SoupElements.TableInsertion.Contains(nodes.Name(Current)))
        {
            var (parent, before) = FosterPosition();
            nodes.Place(parent, element, before);
        }
        else
        {
            nodes.Append(Current, element);
        }

        open.Push(element);
        return element;
    }

    private void InsertText(ReadOnlyMemory<char> data)
    {
        if (fromTable && SoupElements.TableInsertion.Contains(nodes.Name(Current)))
        {
            var (parent, before) = FosterPosition();
            nodes.InsertText(parent, data.Span, before);
        }
        else
        {
            nodes.InsertText(Current, data.Span);
        }
    }

    /// <summary>Where misnested table content goes: before the last open table (or into the element below it, when it has no parent).</summary>
    private (int Parent, int Before) FosterPosition()
    {
        var table = open.LastNamed("table");
        if (table < 0)
        {
            return (open[0], -1);
        }

        var parent = nodes.Parent(open[table]);
        return parent >= 0 ? (parent, open[table]) : (open[table - 1], -1);
    }

    /// <summary>Pops elements named in <see cref="SoupElements.ImpliedEnd"/> (except <paramref name="exclude"/>) off the stack.</summary>
    private void GenerateImpliedEndTags(string? exclude = null)
    {
        while (SoupElements.ImpliedEnd.Contains(nodes.Name(Current)) && nodes.Name(Current) != exclude)
        {
            open.Pop();
        }
    }

    /// <summary>Pops elements until one named <paramref name="name"/> has been popped.</summary>
    private void PopUntilNamed(string name)
    {
        while (nodes.Name(open.Pop()) != name)
        {
        }
    }

    /// <summary>Sets the tokenizer's state and the phase for a RAWTEXT or RCDATA element's text.</summary>
    private void ParseText(SoupTag tag, SoupTokenizerState state)
    {
        Insert(tag);
        tokenizer.State = state;
        originalMode = mode;
        mode = SoupInsertionMode.Text;
    }

    private static bool IsSpace(char character) => character is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsNul(ReadOnlyMemory<char> data) => data.Length == 1 && data.Span[0] == '\0';

    private static bool HasNonSpace(ReadOnlySpan<char> data)
    {
        foreach (var character in data)
        {
            if (!IsSpace(character))
            {
                return true;
            }
        }

        return false;
    }
}
