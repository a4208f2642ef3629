using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivacyAnalyzers.Map
{
    /// <summary>
    /// The map as JSON, for tools: <c>{ "schema": 1, "projects": [ { "project", "types", "endpoints", "sinks",
    /// "eventContexts", "findings" } ] }</c>, names in camel case, every list sorted by file and line so a map that did not
    /// change writes the same text.
    /// </summary>
    public static class JsonMap
    {
        /// <summary>Raised when a field is renamed or removed; adding one keeps it.</summary>
        public const int Schema = 1;

        private static readonly JsonSerializerOptions Options = new()
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };

        public static string Write(IReadOnlyList<PrivacyMap> maps) =>
            JsonSerializer.Serialize(new Document(Schema, maps), Options) + "\n";

        public static IReadOnlyList<PrivacyMap> Read(string json) =>
            JsonSerializer.Deserialize<Document>(json, Options)?.Projects ?? new List<PrivacyMap>();

        private sealed record Document(int Schema, IReadOnlyList<PrivacyMap> Projects);
    }
}
