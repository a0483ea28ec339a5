using System.Globalization;
using System.Text;
using HydraEngine.Database;

namespace HydraEngine.Cli.Commands.Profiling;

/// <summary>The text of a profile: the command, where the time went by method, and the SQL statements by total time.</summary>
internal static class ProfileReport
{
    public static string Write(string[] args, int exit, TimeSpan elapsed, IReadOnlyList<(string Method, long Samples)> methods, long samples, IReadOnlyList<SqlStatementTime> statements, string? samplingProblem)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"hydra profile: `hydra {string.Join(' ', args)}` ran {elapsed.TotalSeconds:0.000} s, exit {exit}; {Environment.OSVersion}, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        text.AppendLine();
        text.AppendLine(invariant, $"top methods by inclusive time ({samples} EventPipe samples of every thread, about 1 ms apart; waiting threads count too)");
        if (samplingProblem is not null)
        {
            text.AppendLine(invariant, $"  {samplingProblem}");
        }

        text.AppendLine("  samples  share  method");
        foreach (var (method, count) in methods)
        {
            text.AppendLine(invariant, $"  {count,7}  {100.0 * count / Math.Max(samples, 1),4:0}%  {method}");
        }

        text.AppendLine();
        text.AppendLine(invariant, $"SQL statements by total time ({statements.Sum(statement => statement.Count)} statements of the engine's database connections)");
        text.AppendLine("  total ms    count  statement");
        foreach (var statement in statements)
        {
            var sql = statement.Sql.Length > 160 ? statement.Sql[..160] + "…" : statement.Sql;
            text.AppendLine(invariant, $"  {statement.Total.TotalMilliseconds,8:0.0} {statement.Count,8}  {sql}");
        }

        return text.ToString();
    }
}
