using System.Text;
using MineralPlan.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return NativeFront.IsNative ? NativeFront.Run(args) : Cli.Run(args, Console.Out, Console.Error);
