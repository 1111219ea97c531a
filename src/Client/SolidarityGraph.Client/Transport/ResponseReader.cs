using System.Text.Json;

namespace SolidarityGraph.Client;

/// <summary>
/// Reads a GraphQL response body. Errors are read before data is trusted, so a server error is never hidden behind a
/// data-shape failure; a body without <c>data</c> or <c>errors</c> becomes an <c>HTTP_&lt;status&gt;</c> or
/// <see cref="ClientErrorCodes.InvalidResponse"/> error.
/// </summary>
internal static class ResponseReader
{
    public static OperationResult<TData> Read<TData>(
        ReadOnlySpan<byte> body, int status, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, DataParser<TData> parse)
        where TData : class
    {
        List<IClientError>? errors = null;
        ClientError? shapeError = null;
        TData? data = null;
        var isGraphQL = false;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return NotGraphQL<TData>(status, headers, "The response is not a JSON object.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("data"u8))
                {
                    isGraphQL = true;
                    reader.Read();
                    (data, shapeError) = ReadData(ref reader, parse);
                }
                else if (reader.ValueTextEquals("errors"u8))
                {
                    isGraphQL = true;
                    reader.Read();
                    errors = ErrorReader.ReadList(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException exception)
        {
            return NotGraphQL<TData>(status, headers, $"The response is not valid JSON: {exception.Message}", exception);
        }

        if (shapeError is not null)
        {
            (errors ??= []).Add(shapeError);
        }

        return isGraphQL
            ? new OperationResult<TData>(data, errors is { Count: > 0 } ? errors : [], status, headers)
            : NotGraphQL<TData>(status, headers, "The response has neither data nor errors.");
    }

    /// <summary>The data, or the shape error that replaced it (added after the server's own errors).</summary>
    private static (TData? Data, ClientError? Error) ReadData<TData>(ref Utf8JsonReader reader, DataParser<TData> parse)
        where TData : class
    {
        var start = reader;
        try
        {
            return (parse(ref reader), null);
        }
        catch (ResponseShapeException exception)
        {
            reader = start;
            reader.Skip();
            return (null, new ClientError(exception.Message, ClientErrorCodes.ResponseShape, exception: exception));
        }
    }

    private static OperationResult<TData> NotGraphQL<TData>(
        int status, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string reason, Exception? exception = null)
        where TData : class
    {
        var error = status is >= 200 and < 300
            ? new ClientError(reason, ClientErrorCodes.InvalidResponse, exception: exception)
            : new ClientError($"The server answered {status} without a GraphQL response.", ClientErrorCodes.Http(status), exception: exception);
        return new OperationResult<TData>(null, [error], status, headers);
    }
}
