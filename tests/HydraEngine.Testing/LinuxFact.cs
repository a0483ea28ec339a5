using Xunit;

namespace HydraEngine.Testing;

/// <summary>A fact that needs Linux (devices such as /dev/zero, mkfifo, signals); reported as skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (/dev/zero, mkfifo or signals): NOT checked on this system.";
        }
    }
}
