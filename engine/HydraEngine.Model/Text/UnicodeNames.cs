using System.Runtime.InteropServices;

namespace HydraEngine.Model.Text;

/// <summary>
/// Python's <c>unicodedata.lookup</c> as <c>\N{...}</c> uses it: a character by its Unicode name or name alias, case
/// insensitive, through the system's ICU (<see cref="SystemIcu"/>).
/// </summary>
public static class UnicodeNames
{
    private const int UnicodeCharName = 0;
    private const int CharNameAlias = 3;

    private static readonly Lazy<CharFromNameFunction?> CharFromName = new(() => SystemIcu.Library?.Function<CharFromNameFunction>("u_charFromName"));

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int CharFromNameFunction(int nameChoice, [MarshalAs(UnmanagedType.LPStr)] string name, ref int error);

    /// <summary>Whether names can be looked up on this machine (ICU was found).</summary>
    public static bool IsAvailable => CharFromName.Value is not null;

    /// <summary>The code point named <paramref name="name"/>, or -1 when there is none (or no ICU).</summary>
    public static int Lookup(string name)
    {
        if (CharFromName.Value is not { } lookup || name.Length == 0 || name.AsSpan().IndexOfAnyExcept(NameCharacters) >= 0)
        {
            return -1;
        }

        var upper = name.ToUpperInvariant();
        foreach (var choice in (ReadOnlySpan<int>)[UnicodeCharName, CharNameAlias])
        {
            var error = 0;
            var codePoint = lookup(choice, upper, ref error);
            if (error <= 0 && codePoint >= 0 && codePoint != 0xFFFF)
            {
                return codePoint;
            }
        }

        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -");
}
