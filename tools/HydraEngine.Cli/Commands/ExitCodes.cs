namespace HydraEngine.Cli.Commands;

/// <summary>The exit codes every command uses.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    public const int Unexpected = 70;

    /// <summary>Stopped because the job's bandwidth ran out; its work is pending until the bandwidth returns (sysexits' EX_TEMPFAIL).</summary>
    public const int OutOfBandwidth = 75;
}
