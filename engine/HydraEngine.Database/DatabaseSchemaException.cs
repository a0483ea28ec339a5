namespace HydraEngine.Database;

/// <summary>The database cannot be used as it is: a schema newer than this program, or a file SQLite cannot journal.</summary>
public sealed class DatabaseSchemaException(string message) : Exception(message);
