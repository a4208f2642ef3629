using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Baseline;

namespace PrivacyAnalyzers.Build
{
    /// <summary>
    /// <c>-p:PrivacyBaseline=update</c>, after the compiler ran: writes the baseline from every PRIV finding of the SARIF
    /// log that is not suppressed in the source, sorted, so that a refresh without changes is no diff. Entries of files
    /// that are not this project's are kept: another project of the solution recorded them. The projects of a solution
    /// build in parallel, so the file is read and written under an exclusive lock, and only written when its text changes.
    /// </summary>
    public sealed class UpdatePrivacyBaseline : PrivacyBaselineTask
    {
        private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

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
                var projectFiles = ProjectFiles();
                using var file = OpenExclusively();
                var existing = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true).ReadToEnd();
                var entries = OtherProjectsEntries(existing, projectFiles)
                    .Concat(findings
                        .GroupBy(finding => finding.Key)
                        .Select(group => new BaselineEntry(group.Key, group.First().Message, group.Count())))
                    .ToList();
                var text = new PrivacyBaselineFile(entries).Write();
                var unchanged = string.Equals(existing, text, StringComparison.Ordinal);
                if (!unchanged)
                {
                    var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                    file.SetLength(0);
                    file.Write(bytes, 0, bytes.Length);
                }

                Log.LogMessage(
                    MessageImportance.High,
                    $"Privacy baseline {(unchanged ? "unchanged" : "written")}: {findings.Count} findings of this project, {entries.Count} entries in all, {BaselineFile}");
                return true;
            }
            catch (Exception problem) when (problem is JsonException or IOException or UnauthorizedAccessException)
            {
                Log.LogError(subcategory: null, "PRIV101", helpKeyword: null, BaselineFile, 0, 0, 0, 0, $"The privacy baseline was not written: {problem.Message}");
                return false;
            }
        }

        /// <summary>The baseline, created if need be, locked against the other projects of the build until it is disposed.</summary>
        private FileStream OpenExclusively()
        {
            var deadline = DateTime.UtcNow + LockTimeout;
            while (true)
            {
                try
                {
                    return new FileStream(BaselineFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(100);
                }
            }
        }

        /// <summary>
        /// The entries of the existing baseline for files of other projects; none when there is no baseline yet, or when it
        /// cannot be read (writing it again is how a corrupt baseline is mended, so that is said, not failed on).
        /// </summary>
        private IEnumerable<BaselineEntry> OtherProjectsEntries(string existing, HashSet<string> projectFiles)
        {
            if (existing.Trim().Length == 0)
            {
                return Enumerable.Empty<BaselineEntry>();
            }

            try
            {
                return PrivacyBaselineFile.Parse(existing).Entries.Where(entry => !projectFiles.Contains(entry.Key.File)).ToList();
            }
            catch (JsonException problem)
            {
                Log.LogWarning(subcategory: null, "PRIV101", helpKeyword: null, BaselineFile, problem.Line, problem.Column, 0, 0, $"The privacy baseline could not be read ({problem.Problem}); it is written anew from this project's findings.");
                return Enumerable.Empty<BaselineEntry>();
            }
        }
    }
}
