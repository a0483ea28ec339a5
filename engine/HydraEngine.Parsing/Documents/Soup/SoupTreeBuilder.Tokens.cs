namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>The main loop: each token from the tokenizer through the phases, then the end of the input.</summary>
internal sealed partial class SoupTreeBuilder
{
    private void Run()
    {
        while (true)
        {
            tokenizer.AllowsCdata = open.Count > 0 && nodes.Namespace(Current) != SoupNamespace.Html;
            if (!tokenizer.Next(out var token))
            {
                while (EndOfFile(mode))
                {
                }

                return;
            }

            Dispatch(token);
        }
    }
}
