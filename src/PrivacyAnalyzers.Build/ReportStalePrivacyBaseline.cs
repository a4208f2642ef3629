using System;
using System.IO;
using System.Linq;
using PrivacyAnalyzers.Baseline;

namespace PrivacyAnalyzers.Build
{
    /// <summary>
    /// After the compiler ran: an entry of this project's files that covers more findings than are left is stale (PRIV102),
    /// named with the command that removes it. A baseline only shrinks: a fixed finding that stayed in it would silently cover the next one.
    /// </summary>
    public sealed class ReportStalePrivacyBaseline : PrivacyBaselineTask
    {
        public override bool Execute()
        {
            if (!File.Exists(BaselineFile) || LogPath is not { } log || !File.Exists(log))
            {
                return true;
            }

            try
            {
                var baseline = PrivacyBaselineFile.Parse(File.ReadAllText(BaselineFile));
                var found = SarifFindings.Read(log, BaselineFolder).GroupBy(finding => finding.Key).ToDictionary(group => group.Key, group => group.Count());
                var projectFiles = ProjectFiles();
                foreach (var entry in baseline.Entries.Where(entry => projectFiles.Contains(entry.Key.File)))
                {
                    var left = found.TryGetValue(entry.Key, out var count) ? count : 0;
                    if (left < entry.Count)
                    {
                        Log.LogWarning(
                            subcategory: null, "PRIV102", helpKeyword: null, BaselineFile, 0, 0, 0, 0,
                            $"The privacy baseline entry for {entry.Key} covers {entry.Count} finding{(entry.Count == 1 ? string.Empty : "s")} and {left} {(left == 1 ? "is" : "are")} left. Remove what was fixed with '{UpdateCommand}'.");
                    }
                }
            }
            catch (Exception problem) when (problem is JsonException or IOException or UnauthorizedAccessException)
            {
                // CheckPrivacyBaseline has said what is wrong with the baseline; a log that cannot be read is said here.
                Log.LogWarning(subcategory: null, "PRIV102", helpKeyword: null, BaselineFile, 0, 0, 0, 0, $"Stale privacy baseline entries cannot be looked for: {problem.Message}");
            }

            return true;
        }
    }
}
