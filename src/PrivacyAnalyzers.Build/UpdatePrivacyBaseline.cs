using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Baseline;

namespace PrivacyAnalyzers.Build
{
    /// <summary>
    /// <c>-p:PrivacyBaseline=update</c>, after the compiler ran: writes the baseline from every PRIV finding of the SARIF
    /// logs that is not suppressed in the source, sorted, so that a refresh without changes is no diff. Entries of other
    /// projects' files are kept; entries of files that no longer exist are dropped. The projects of a solution build in
    /// parallel, so the file is read and written under a lock, and replaced whole, only when its text changes.
    /// </summary>
    public sealed class UpdatePrivacyBaseline : PrivacyBaselineTask
    {
        private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

        public override bool Execute()
        {
            var logs = LogPaths();
            if (logs.Count == 0)
            {
                Log.LogError(subcategory: null, "PRIV101", helpKeyword: null, BaselineFile, 0, 0, 0, 0, "The privacy baseline was not written: the compiler wrote no SARIF log to read the findings from.");
                return false;
            }

            try
            {
                var found = Found(logs);
                var projectFiles = ProjectFiles(found.Keys);
                using (Lock())
                {
                    var existing = File.Exists(BaselineFile) ? File.ReadAllText(BaselineFile) : string.Empty;
                    var entries = KeptEntries(existing, projectFiles).Where(entry => !found.ContainsKey(entry.Key)).Concat(found.Values).ToList();
                    var text = new PrivacyBaselineFile(entries).Write();

                    // A checkout with CRLF line ends holds the same baseline: rewriting it would recompile every project.
                    var unchanged = string.Equals(existing.Replace("\r\n", "\n"), text, StringComparison.Ordinal);
                    if (!unchanged)
                    {
                        Replace(text);
                    }

                    Log.LogMessage(
                        MessageImportance.High,
                        $"Privacy baseline {(unchanged ? "unchanged" : "written")}: {found.Values.Sum(entry => entry.Count)} findings of this project, {entries.Count} entries in all, {BaselineFile}");
                }

                return true;
            }
            catch (Exception problem) when (problem is JsonTextException or IOException or UnauthorizedAccessException)
            {
                Log.LogError(subcategory: null, "PRIV101", helpKeyword: null, BaselineFile, 0, 0, 0, 0, $"The privacy baseline was not written: {problem.Message}");
                return false;
            }
        }

        /// <summary>
        /// The existing entries that stay: those of other projects' files that still exist. None when there is no baseline
        /// yet, or when it cannot be read: writing it again is how a corrupt baseline is mended, so that is said, not failed on.
        /// </summary>
        private IEnumerable<BaselineEntry> KeptEntries(string existing, HashSet<string> projectFiles)
        {
            if (existing.Trim().Length == 0)
            {
                return Enumerable.Empty<BaselineEntry>();
            }

            try
            {
                return PrivacyBaselineFile.Parse(existing).Entries.Where(entry => !projectFiles.Contains(entry.Key.File) && Exists(entry.Key.File)).ToList();
            }
            catch (JsonTextException problem)
            {
                Log.LogWarning(subcategory: null, "PRIV101", helpKeyword: null, BaselineFile, problem.Line, problem.Column, 0, 0, $"The privacy baseline could not be read ({problem.Problem}); it is written anew from this project's findings.");
                return Enumerable.Empty<BaselineEntry>();
            }
        }

        /// <summary>A lock file beside the baseline, held against the other projects of the build until it is disposed.</summary>
        private FileStream Lock()
        {
            var deadline = DateTime.UtcNow + LockTimeout;
            while (true)
            {
                try
                {
                    return new FileStream(BaselineFile + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(100);
                }
            }
        }

        /// <summary>Writes a new file beside the baseline and puts it in its place, so that a crash leaves the old one whole.</summary>
        private void Replace(string text)
        {
            var written = BaselineFile + ".new";
            File.WriteAllText(written, text);
            if (File.Exists(BaselineFile))
            {
                File.Replace(written, BaselineFile, destinationBackupFileName: null);
            }
            else
            {
                File.Move(written, BaselineFile);
            }
        }
    }
}
