using System.CommandLine;
using System.Text;
using MineralPlan.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return Cli.Run(args, Console.Out, Console.Error);
