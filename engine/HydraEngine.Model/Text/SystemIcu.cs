using System.Globalization;
using System.Runtime.InteropServices;

namespace HydraEngine.Model.Text;

/// <summary>
/// The system's ICU common library (libicuuc, which the .NET runtime itself needs on Linux), for the Unicode data .NET's
/// invariant globalization leaves out (NFKC, character names). ICU suffixes its C symbols with its major version.
/// </summary>
internal sealed class SystemIcu
{
    private static readonly Lazy<SystemIcu?> Instance = new(Load);

    private readonly IntPtr library;
    private readonly string suffix;

    private SystemIcu(IntPtr library, string suffix)
    {
        this.library = library;
        this.suffix = suffix;
    }

    /// <summary>The loaded library, or null when this machine has no ICU.</summary>
    public static SystemIcu? Library => Instance.Value;

    /// <summary>A C function of ICU as a delegate, or null when this ICU lacks it.</summary>
    public T? Function<T>(string name) where T : Delegate =>
        NativeLibrary.TryGetExport(library, name + suffix, out var address) ? Marshal.GetDelegateForFunctionPointer<T>(address) : null;

    private static SystemIcu? Load()
    {
        foreach (var version in Enumerable.Range(50, 40).Reverse())
        {
            var text = version.ToString(CultureInfo.InvariantCulture);
            if (NativeLibrary.TryLoad($"libicuuc.so.{text}", out var library))
            {
                var suffix = NativeLibrary.TryGetExport(library, "u_charFromName_" + text, out _) ? "_" + text : "";
                return new SystemIcu(library, suffix);
            }
        }

        return NativeLibrary.TryLoad("libicuuc.so", out var unversioned) ? new SystemIcu(unversioned, "") : null;
    }
}
