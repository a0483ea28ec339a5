namespace HydraEngine.Imaging.Text;

/// <summary>The 16 × 16 emblem drawn in the top-right corner of a header band: a dark disc with a white "H".</summary>
internal static class HeaderMark
{
    public const int Size = 16;

    private const byte Dark = 0x30;
    private const byte Rim = 0x90;

    private static readonly string[] Rows =
    [
        ".....++++++.....",
        "...++######++...",
        "..+##########+..",
        ".+############+.",
        ".###..####..###.",
        "+###..####..###+",
        "+###..####..###+",
        "+###........###+",
        "+###........###+",
        "+###..####..###+",
        "+###..####..###+",
        ".###..####..###.",
        ".+############+.",
        "..+##########+..",
        "...++######++...",
        ".....++++++.....",
    ];

    /// <summary>Draws the mark with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public static void Draw(GreyCanvas canvas, int left, int top)
    {
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                switch (Rows[y][x])
                {
                    case '#':
                        canvas.Set(left + x, top + y, Dark);
                        break;
                    case '+':
                        canvas.Set(left + x, top + y, Rim);
                        break;
                }
            }
        }
    }
}
