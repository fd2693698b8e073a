// chart.js draws on <canvas>; happy-dom has none, so a mock records the drawing calls.
import 'vitest-canvas-mock';
