namespace HydraEngine.ClientApi.Http;

/// <summary>A refusal with hydrus's status code and exception type name, answered as its JSON error body.</summary>
public sealed class ApiException(int statusCode, string exceptionType, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string ExceptionType { get; } = exceptionType;

    public static ApiException BadRequest(string message) => new(400, "BadRequestException", message);

    /// <summary>A parameter is missing or unusable: the message names it and says what was wrong.</summary>
    public static ApiException BadParameter(string name, string problem) => new(400, "BadRequestException", $"The parameter \"{name}\" {problem}");

    public static ApiException MissingCredentials(string message) => new(401, "MissingCredentialsException", message);

    public static ApiException InsufficientCredentials(string message) => new(403, "InsufficientCredentialsException", message);

    public static ApiException NotFound(string message) => new(404, "NotFoundException", message);

    public static ApiException Conflict(string message) => new(409, "ConflictException", message);

    public static ApiException SessionExpired(string message) => new(419, "SessionException", message);

    public static ApiException NotAcceptable(string message) => new(406, "NotAcceptable", message);
}
