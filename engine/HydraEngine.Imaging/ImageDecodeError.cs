namespace HydraEngine.Imaging;

/// <summary>Why a file could not be decoded.</summary>
/// <param name="Code">A stable machine-readable code, one of <see cref="ImageDecodeErrorCodes"/>.</param>
/// <param name="Message">A human-readable explanation saying where and why.</param>
/// <param name="ByteOffset">The file offset the problem relates to (usually the start of the chunk).</param>
public sealed record ImageDecodeError(string Code, string Message, long ByteOffset);
