namespace HydraEngine.Imaging.Text;

/// <summary>
/// Renders the human-readable header band at the top of a hydrus serialised PNG: title, description and
/// user text, each word-wrapped and centred, black on white, with a small mark in the top-right corner.
/// Pixels 0 and 1 of the first row are left plain white for the caller to overwrite with the row count.
/// </summary>
public static class HeaderBand
{
    private const int TopMargin = 6;
    private const int BlockGap = 10;
    private const int LineGap = 4;
    private const int BottomMargin = 6;
    private const int SideMargins = 20;
    private const int MarkRightInset = 21;
    private const int MarkTop = 5;
    private const byte Background = 255;
    private const byte Ink = 0;

    /// <summary>Renders the band for an image <paramref name="width"/> pixels wide (at least 2); empty texts are skipped.</summary>
    public static HeaderBandImage Render(int width, string title, string description, string userText)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(userText);

        var lines = new List<PlacedLine>();
        var y = TopMargin;
        foreach (var (text, scale) in new[] { (title, TextScale.Title), (description, TextScale.Description), (userText, TextScale.UserText) })
        {
            var wrapped = WordWrapper.Wrap(BitmapFont.Printable(text), width - SideMargins, scale);
            if (wrapped.Count == 0)
            {
                continue;
            }

            y += BlockGap;
            foreach (var line in wrapped)
            {
                var left = Math.Max(0, (width - scale.Measure(line.Length)) / 2);
                lines.Add(new PlacedLine(line, left, y, scale));
                y += scale.LineHeight + LineGap;
            }
        }

        var rows = y + BottomMargin;
        var canvas = new GreyCanvas(width, rows, Background);
        foreach (var line in lines)
        {
            canvas.DrawText(line.Text, line.Left, line.Top, line.Scale, Ink);
        }

        if (width >= MarkRightInset)
        {
            HeaderMark.Draw(canvas, width - MarkRightInset, MarkTop);
        }

        return new HeaderBandImage(width, rows, canvas.Pixels);
    }

    private readonly record struct PlacedLine(string Text, int Left, int Top, TextScale Scale);
}
