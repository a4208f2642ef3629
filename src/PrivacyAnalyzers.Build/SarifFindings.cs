using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyAnalyzers.Baseline;

namespace PrivacyAnalyzers.Build
{
    /// <summary>
    /// The PRIV findings of the compiler's SARIF 2.1 log (<c>-p:ErrorLog=…,version=2.1</c>) that a baseline can hold:
    /// those the compiler reported, and those the baseline's suppressor suppressed. A finding suppressed in the source
    /// (<c>[SuppressMessage]</c>, <c>#pragma</c>) is justified there, and is not the baseline's.
    /// </summary>
    internal static class SarifFindings
    {
        /// <summary>The findings of the log, keyed as the baseline keys them; a <see cref="JsonTextException"/> when the log is not SARIF 2.1.</summary>
        public static List<SarifFinding> Read(string logPath, string baselineFolder)
        {
            if (JsonText.Parse(File.ReadAllText(logPath)) is not Dictionary<string, object?> log
                || !(log.TryGetValue("version", out var version) && version is string text && text.StartsWith("2.", StringComparison.Ordinal)))
            {
                throw new JsonTextException("the compiler's log is not SARIF 2.1: set ErrorLog to 'path,version=2.1'", 1, 1);
            }

            var findings = new List<SarifFinding>();
            foreach (var run in Objects(Get(log, "runs")))
            {
                foreach (var result in Objects(Get(run, "results")))
                {
                    if (Read(result, baselineFolder) is { } finding)
                    {
                        findings.Add(finding);
                    }
                }
            }

            return findings;
        }

        private static SarifFinding? Read(Dictionary<string, object?> result, string baselineFolder)
        {
            var properties = Get(Get(result, "properties"), "customProperties") as Dictionary<string, object?>;
            if (Get(result, "ruleId") is not string rule
                || Get(properties, BaselineNames.SymbolProperty) is not string symbol
                || Get(properties, BaselineNames.AnchorProperty) is not string anchor
                || FilePath(result) is not { } file
                || IsSuppressedInSource(result))
            {
                return null;
            }

            var message = Get(Get(result, "message"), "text") as string ?? string.Empty;
            return new SarifFinding(new BaselineKey(rule, BaselinePaths.Relative(baselineFolder, file), symbol, anchor), message);
        }

        /// <summary>
        /// Suppressed, but not by the baseline's suppressor. The compiler writes a suppressor's suppression as
        /// <c>"suppressionType": "DiagnosticSuppressor { Suppression Id: PRIVB001, Suppression Justification: … }"</c>.
        /// </summary>
        private static bool IsSuppressedInSource(Dictionary<string, object?> result) =>
            Objects(Get(result, "suppressions")).Any(suppression => !IsBaselines(Get(Get(suppression, "properties"), "suppressionType") as string));

        private static bool IsBaselines(string? suppressionType) =>
            suppressionType is not null
            && suppressionType.StartsWith("DiagnosticSuppressor", StringComparison.Ordinal)
            && (suppressionType.Contains("Suppression Id: " + BaselineNames.InBaselinePrefix) || suppressionType.Contains("Suppression Id: " + BaselineNames.RecordingPrefix));

        private static string? FilePath(Dictionary<string, object?> result)
        {
            var uri = Get(Get(Get(Objects(Get(result, "locations")).FirstOrDefault(), "physicalLocation"), "artifactLocation"), "uri") as string;
            return uri is not null && Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : null;
        }

        private static object? Get(object? value, string name) =>
            value is Dictionary<string, object?> members && members.TryGetValue(name, out var member) ? member : null;

        private static IEnumerable<Dictionary<string, object?>> Objects(object? value) =>
            value is List<object?> items ? items.OfType<Dictionary<string, object?>>() : Enumerable.Empty<Dictionary<string, object?>>();
    }

    /// <summary>A finding as the baseline keys it, with its message for the entry's reader.</summary>
    internal sealed class SarifFinding
    {
        public SarifFinding(BaselineKey key, string message)
        {
            Key = key;
            Message = message;
        }

        public BaselineKey Key { get; }

        public string Message { get; }
    }
}
