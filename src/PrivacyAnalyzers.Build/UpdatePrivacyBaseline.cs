using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Baseline;

namespace PrivacyAnalyzers.Build
{
    /// <summary>
    /// <c>-p:PrivacyBaseline=update</c>, after the compiler ran: writes the baseline from every PRIV finding of the SARIF
    /// log that is not suppressed in the source, sorted, so that a refresh without changes is no diff. The file is only
    /// written when its text changes.
    /// </summary>
    public sealed class UpdatePrivacyBaseline : PrivacyBaselineTask
    {
        public override bool Execute()
        {
            if (LogPath is not { } log || !File.Exists(log))
            {
                Log.LogError(subcategory: null, "PRIV101", helpKeyword: null, BaselineFile, 0, 0, 0, 0, "The privacy baseline was not written: the compiler wrote no SARIF log to read the findings from.");
                return false;
            }

            try
            {
                var findings = SarifFindings.Read(log, BaselineFolder);
                var entries = findings
                    .GroupBy(finding => finding.Key)
                    .Select(group => new BaselineEntry(group.Key, group.First().Message, group.Count()))
                    .ToList();
                var text = new PrivacyBaselineFile(entries).Write();
                var unchanged = File.Exists(BaselineFile) && string.Equals(File.ReadAllText(BaselineFile), text, StringComparison.Ordinal);
                if (!unchanged)
                {
                    File.WriteAllText(BaselineFile, text);
                }

                Log.LogMessage(
                    MessageImportance.High,
                    $"Privacy baseline {(unchanged ? "unchanged" : "written")}: {findings.Count} findings in {entries.Count} entries, {BaselineFile}");
                return true;
            }
            catch (Exception problem) when (problem is JsonException or IOException or UnauthorizedAccessException)
            {
                Log.LogError(subcategory: null, "PRIV101", helpKeyword: null, BaselineFile, 0, 0, 0, 0, $"The privacy baseline was not written: {problem.Message}");
                return false;
            }
        }
    }
}
