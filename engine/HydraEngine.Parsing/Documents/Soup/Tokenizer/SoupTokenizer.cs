namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>
/// html5lib 1.1's tokenizer (what hydrus's BeautifulSoup 4.11 reads HTML with), rather than today's WHATWG one: its
/// character reference rules, its split of text into whitespace runs and other text, its doctype and raw text states.
/// Text and names are slices of the source where they can be; the tag and its attribute list are reused (the tree
/// copies what it keeps). The states live in the partial files beside this one, one step of a state per call.
/// </summary>
internal sealed partial class SoupTokenizer
{
    private const int EndOfFile = -1;

    private readonly string source;
    private readonly SoupSharedStrings shared;
    private readonly Queue<SoupToken> queue = new();
    private readonly List<KeyValuePair<string, string>> attributes = [];
    private readonly SoupTag tag = new("");
    private readonly SoupTextBuffer tagName;
    private readonly SoupTextBuffer attributeName;
    private readonly SoupTextBuffer attributeValue;
    private readonly SoupTextBuffer data;
    private int position;
    private bool endTag;
    private bool hasAttribute;
    private string lastStartTag = "";
    private int bufferStart;
    private SoupTokenizerState textState;

    /// <param name="text">The page; CR LF and lone CR become LF first, as html5lib's input stream makes them.</param>
    /// <param name="shared">Where repeated names and values are shared.</param>
    public SoupTokenizer(string text, SoupSharedStrings shared)
    {
        source = WithoutCarriageReturns(text);
        this.shared = shared;
        tagName = new SoupTextBuffer(source);
        attributeName = new SoupTextBuffer(source);
        attributeValue = new SoupTextBuffer(source);
        data = new SoupTextBuffer(source);
    }

    /// <summary>The state the next step runs (the tree builder sets RCDATA, RAWTEXT, script data and PLAINTEXT).</summary>
    public SoupTokenizerState State { get; set; } = SoupTokenizerState.Data;

    /// <summary>Whether <c>&lt;![CDATA[</c> opens a CDATA section (the current node is not an HTML element).</summary>
    public bool AllowsCdata { get; set; }

    /// <summary>The next token; false at the end of the input.</summary>
    public bool Next(out SoupToken token)
    {
        while (queue.Count == 0)
        {
            if (!Step())
            {
                token = default;
                return false;
            }
        }

        token = queue.Dequeue();
        return true;
    }

    /// <summary>CR LF and lone CR as LF, in one copy (none when the page has no CR).</summary>
    private static string WithoutCarriageReturns(string text)
    {
        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        return string.Create(text.Length - text.AsSpan().Count("\r\n"), text, static (copy, page) =>
        {
            var length = 0;
            for (var i = 0; i < page.Length; i++)
            {
                var character = page[i];
                copy[length++] = character == '\r' ? '\n' : character;
                if (character == '\r' && i + 1 < page.Length && page[i + 1] == '\n')
                {
                    i++;
                }
            }
        });
    }

    private int Read() => position < source.Length ? source[position++] : EndOfFile;

    private void Unread(int character)
    {
        if (character != EndOfFile)
        {
            position--;
        }
    }

    private void EmitText(SoupTokenKind kind, int start, int end) => queue.Enqueue(new SoupToken(kind, source.AsMemory(start, end - start)));

    private void EmitText(string text) => queue.Enqueue(new SoupToken(SoupTokenKind.Characters, text.AsMemory()));

    /// <summary>One source character as a text token (the script states emit them one by one).</summary>
    private void EmitCharacter() => EmitText(SoupTokenKind.Characters, position - 1, position);

    private static bool IsSpace(int character) => character is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsLetter(int character) => character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private bool Step()
    {
        switch (State)
        {
            case SoupTokenizerState.Data or SoupTokenizerState.Rcdata or SoupTokenizerState.Rawtext or SoupTokenizerState.ScriptData
                or SoupTokenizerState.Plaintext: return TextState();
            case SoupTokenizerState.TagOpen: TagOpenState(); break;
            case SoupTokenizerState.EndTagOpen: EndTagOpenState(); break;
            case SoupTokenizerState.TagName: TagNameState(); break;
            case SoupTokenizerState.TextLessThan: TextLessThanState(); break;
            case SoupTokenizerState.TextEndTagOpen: TextEndTagOpenState(); break;
            case SoupTokenizerState.TextEndTagName: TextEndTagNameState(); break;
            case SoupTokenizerState.ScriptDataEscapeStart or SoupTokenizerState.ScriptDataEscapeStartDash: ScriptDataEscapeStartState(); break;
            case SoupTokenizerState.ScriptDataEscaped or SoupTokenizerState.ScriptDataEscapedDash or SoupTokenizerState.ScriptDataEscapedDashDash
                or SoupTokenizerState.ScriptDataDoubleEscaped or SoupTokenizerState.ScriptDataDoubleEscapedDash
                or SoupTokenizerState.ScriptDataDoubleEscapedDashDash: ScriptDataEscapedState(); break;
            case SoupTokenizerState.ScriptDataDoubleEscapeStart or SoupTokenizerState.ScriptDataDoubleEscapeEnd: ScriptDataDoubleEscapeBoundaryState(); break;
            case SoupTokenizerState.ScriptDataDoubleEscapedLessThan: ScriptDataDoubleEscapedLessThanState(); break;
            case SoupTokenizerState.BeforeAttributeName: BeforeAttributeNameState(); break;
            case SoupTokenizerState.AttributeName: AttributeNameState(); break;
            case SoupTokenizerState.AfterAttributeName: AfterAttributeNameState(); break;
            case SoupTokenizerState.BeforeAttributeValue: BeforeAttributeValueState(); break;
            case SoupTokenizerState.AttributeValueDoubleQuoted: QuotedAttributeValueState('"'); break;
            case SoupTokenizerState.AttributeValueSingleQuoted: QuotedAttributeValueState('\''); break;
            case SoupTokenizerState.AttributeValueUnquoted: UnquotedAttributeValueState(); break;
            case SoupTokenizerState.AfterAttributeValue: AfterAttributeValueState(); break;
            case SoupTokenizerState.SelfClosingStartTag: SelfClosingStartTagState(); break;
            case SoupTokenizerState.BogusComment: BogusCommentState(); break;
            case SoupTokenizerState.MarkupDeclarationOpen: MarkupDeclarationOpenState(); break;
            case SoupTokenizerState.CommentStart or SoupTokenizerState.CommentStartDash: CommentStartState(); break;
            case SoupTokenizerState.Comment: CommentState(); break;
            case SoupTokenizerState.CommentEndDash: CommentEndDashState(); break;
            case SoupTokenizerState.CommentEnd: CommentEndState(); break;
            case SoupTokenizerState.CommentEndBang: CommentEndBangState(); break;
            case SoupTokenizerState.CdataSection: CdataSectionState(); break;
            default: DoctypeStep(); break;
        }

        return true;
    }
}
