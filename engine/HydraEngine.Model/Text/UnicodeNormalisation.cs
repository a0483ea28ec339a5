using System.Runtime.InteropServices;
using System.Text;

namespace HydraEngine.Model.Text;

/// <summary>
/// NFKC and NFKD, as Python's <c>unicodedata.normalize('NFKC', s)</c>. The engine runs with invariant globalization, where .NET
/// leaves non-ASCII text unnormalised, so this calls the system's ICU (<see cref="SystemIcu"/>) directly; without
/// ICU the text is returned as it is.
/// </summary>
public static class UnicodeNormalisation
{
    private static readonly Lazy<IcuNormaliser?> Icu = new(() => IcuNormaliser.Load("unorm2_getNFKCInstance"));

    private static readonly Lazy<IcuNormaliser?> IcuDecomposing = new(() => IcuNormaliser.Load("unorm2_getNFKDInstance"));

    /// <summary>Whether NFKC is really applied on this machine (ICU was found).</summary>
    public static bool IsAvailable => Icu.Value is not null;

    public static string Nfkc(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        return Icu.Value?.Normalise(text) ?? text;
    }

    /// <summary>NFKD (compatibility decomposition), or the text as it is without ICU.</summary>
    public static string Nfkd(string text) => Ascii.IsValid(text) ? text : IcuDecomposing.Value?.Normalise(text) ?? text;

    private sealed class IcuNormaliser
    {
        private const int BufferOverflowError = 15;

        private readonly IntPtr instance;
        private readonly NormaliseFunction normalise;

        private IcuNormaliser(IntPtr instance, NormaliseFunction normalise)
        {
            this.instance = instance;
            this.normalise = normalise;
        }

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        private delegate IntPtr GetInstanceFunction(ref int error);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
        private delegate int NormaliseFunction(IntPtr normaliser, [In] char[] source, int length, [Out] char[] destination, int capacity, ref int error);

        public static IcuNormaliser? Load(string instanceFunction)
        {
            var icu = SystemIcu.Library;
            var getInstance = icu?.Function<GetInstanceFunction>(instanceFunction);
            var normalise = icu?.Function<NormaliseFunction>("unorm2_normalize");
            if (getInstance is null || normalise is null)
            {
                return null;
            }

            var error = 0;
            var instance = getInstance(ref error);
            return error <= 0 && instance != IntPtr.Zero ? new IcuNormaliser(instance, normalise) : null;
        }

        public string Normalise(string text)
        {
            var source = text.ToCharArray();
            var destination = new char[source.Length * 2 + 16];
            var error = 0;
            var length = normalise(instance, source, source.Length, destination, destination.Length, ref error);
            if (error == BufferOverflowError)
            {
                destination = new char[length];
                error = 0;
                length = normalise(instance, source, source.Length, destination, destination.Length, ref error);
            }

            return error > 0 ? text : new string(destination, 0, length);
        }
    }
}
