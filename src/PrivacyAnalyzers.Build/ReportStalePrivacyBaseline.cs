using System;
using System.IO;
using System.Linq;
using PrivacyAnalyzers.Baseline;

namespace PrivacyAnalyzers.Build
{
    /// <summary>
    /// After the compiler ran: an entry of this project's files that covers more findings than are left, or of a file in
    /// this project's folder that no longer exists, is stale (PRIV102), named with the command that removes it. A baseline
    /// only shrinks: a fixed finding that stayed in it would silently cover the next one.
    /// </summary>
    public sealed class ReportStalePrivacyBaseline : PrivacyBaselineTask
    {
        public override bool Execute()
        {
            var logs = LogPaths();
            if (!File.Exists(BaselineFile) || logs.Count == 0)
            {
                return true;
            }

            try
            {
                var baseline = PrivacyBaselineFile.Parse(File.ReadAllText(BaselineFile));
                var found = Found(logs);
                var projectFiles = ProjectFiles(found.Keys);
                foreach (var entry in baseline.Entries)
                {
                    if (projectFiles.Contains(entry.Key.File))
                    {
                        var left = found.TryGetValue(entry.Key, out var current) ? current.Count : 0;
                        if (left < entry.Count)
                        {
                            Stale(entry, $"covers {entry.Count} finding{(entry.Count == 1 ? string.Empty : "s")} and {left} {(left == 1 ? "is" : "are")} left");
                        }
                    }
                    else if (IsInProjectFolder(entry.Key.File) && !Exists(entry.Key.File))
                    {
                        Stale(entry, "is of a file that no longer exists");
                    }
                }
            }
            catch (Exception problem) when (problem is JsonTextException or IOException or UnauthorizedAccessException)
            {
                // CheckPrivacyBaseline has said what is wrong with the baseline; a log that cannot be read is said here.
                Log.LogWarning(subcategory: null, "PRIV102", helpKeyword: null, BaselineFile, 0, 0, 0, 0, $"Stale privacy baseline entries cannot be looked for: {problem.Message}");
            }

            return true;
        }

        private void Stale(BaselineEntry entry, string why) =>
            Log.LogWarning(
                subcategory: null, "PRIV102", helpKeyword: null, BaselineFile, 0, 0, 0, 0,
                $"The privacy baseline entry for {entry.Key} {why}. Remove what was fixed with '{UpdateCommand}'.");
    }
}
