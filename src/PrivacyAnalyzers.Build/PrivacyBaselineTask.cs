using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PrivacyAnalyzers.Baseline;

namespace PrivacyAnalyzers.Build
{
    /// <summary>
    /// What the baseline tasks share: the baseline's path, the project's files, and the findings of the compiler's SARIF
    /// logs, one per target framework.
    /// </summary>
    public abstract class PrivacyBaselineTask : Task
    {
        /// <summary>The command that writes the baseline from the current findings.</summary>
        protected const string UpdateCommand = "dotnet build -p:PrivacyBaseline=update";

        /// <summary>The baseline's full path (<c>$(PrivacyBaselineFile)</c>).</summary>
        [Required]
        public string BaselineFile { get; set; } = string.Empty;

        /// <summary>
        /// The compiler's SARIF logs, as <c>$(ErrorLog)</c> says them (<c>path[,version=2.1]</c>, relative to the project's
        /// folder): one, or one per target framework of a multi-targeted project.
        /// </summary>
        public ITaskItem[] ErrorLogs { get; set; } = Array.Empty<ITaskItem>();

        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>
        /// The project's source files (<c>@(Compile)</c>). One baseline may serve a whole solution: each project records
        /// and judges only the entries of its own files.
        /// </summary>
        public ITaskItem[] SourceFiles { get; set; } = Array.Empty<ITaskItem>();

        protected string BaselineFolder => Path.GetDirectoryName(Path.GetFullPath(BaselineFile)) ?? ProjectDirectory;

        /// <summary>The logs' full paths; those that do not exist are left out (a build that compiled nothing yet).</summary>
        protected List<string> LogPaths() =>
            ErrorLogs
                .Select(log => log.ItemSpec.Split(',')[0].Trim())
                .Where(path => path.Length > 0)
                .Select(path => Path.GetFullPath(Path.Combine(ProjectDirectory, path)))
                .Distinct(StringComparer.Ordinal)
                .Where(File.Exists)
                .ToList();

        /// <summary>
        /// The findings of every log, counted per key. A finding of several target frameworks is one finding: the count is
        /// the largest any framework has. The message is the first in ordinal order, so the file does not change with the
        /// order of the logs.
        /// </summary>
        private protected Dictionary<BaselineKey, BaselineEntry> Found(IEnumerable<string> logs)
        {
            var found = new Dictionary<BaselineKey, BaselineEntry>();
            foreach (var log in logs)
            {
                foreach (var group in SarifFindings.Read(log, BaselineFolder).GroupBy(finding => finding.Key))
                {
                    var message = group.Select(finding => finding.Message).OrderBy(text => text, StringComparer.Ordinal).First();
                    var count = group.Count();
                    if (found.TryGetValue(group.Key, out var known))
                    {
                        count = Math.Max(count, known.Count);
                        message = string.CompareOrdinal(known.Message, message) <= 0 ? known.Message : message;
                    }

                    found[group.Key] = new BaselineEntry(group.Key, message, count);
                }
            }

            return found;
        }

        /// <summary>
        /// The project's files as the baseline names them: its sources, and the files its findings are in, which include
        /// generated ones that are no <c>Compile</c> item.
        /// </summary>
        private protected HashSet<string> ProjectFiles(IEnumerable<BaselineKey> found)
        {
            var files = new HashSet<string>(SourceFiles.Select(file => BaselinePaths.Relative(BaselineFolder, Path.Combine(ProjectDirectory, file.ItemSpec))), StringComparer.Ordinal);
            files.UnionWith(found.Select(key => key.File));
            return files;
        }

        /// <summary>Whether a file the baseline names still exists.</summary>
        protected bool Exists(string baselineFile) => File.Exists(Path.Combine(BaselineFolder, baselineFile));

        /// <summary>
        /// Whether a file the baseline names lies in this project's folder: the project that owns a deleted file's
        /// entries, when one baseline serves a solution.
        /// </summary>
        protected bool IsInProjectFolder(string baselineFile)
        {
            var folder = BaselinePaths.Relative(BaselineFolder, ProjectDirectory);
            return folder.Length == 0 || folder == "." || baselineFile.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);
        }
    }
}
