namespace HydraEngine.Downloading.Checking;

/// <summary>How many files arrived (<see cref="Found"/>) over how many seconds (<see cref="DeltaSeconds"/>) at a check.</summary>
public readonly record struct FileVelocity(long Found, long DeltaSeconds);
