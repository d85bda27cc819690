"""Which labels to fix: the study's self-counting flagged set against cleanlab, on MNIST-5k with 20% flipped labels.

For each noise kind (symmetric, asymmetric) and seed, one training of uc-study's recipe (small ResNet, batch 64, 10
epochs, one thread) with the tracker, then:
  - `analysis.flag_label_issues(dyn)` (the argmax rule on probs_mean) and `method='confident_joint'`;
  - cleanlab's `find_label_issues` on 4-fold cross-validated probabilities of the same recipe (four more trainings),
    and on the run's own probs_mean (needs `pip install cleanlab`; without it these rows are left out, and said so).
Writes one row per (noise, seed, method) with the flagged count, precision and recall.

    python tools/label_issues_benchmark.py --seeds 5 --out nbs/results/label_issues_mnist5k.csv
"""
import argparse, sys, time, warnings
import numpy as np, pandas as pd, torch

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--seeds', type=int, default=5)
    p.add_argument('--out', required=True)
    a = p.parse_args(argv)
    warnings.simplefilter('ignore'); torch.set_num_threads(1)
    from sklearn.model_selection import StratifiedKFold
    from fastai.learner import Learner
    from fastai.losses import CrossEntropyLossFlat
    from fastai.torch_core import set_seed
    from fastai.callback.schedule import fit_one_cycle  # noqa: F401 (patches Learner.fit_one_cycle)
    from uncertainty_curriculum.config import RunConfig
    from uncertainty_curriculum.data import training_data, ArrayData, array_dls, make_model
    from uncertainty_curriculum.experiment import train
    from uncertainty_curriculum.analysis import flag_label_issues
    try: from cleanlab.filter import find_label_issues
    except ImportError: find_label_issues = None; print('cleanlab is not installed: its rows are left out', file=sys.stderr)
    rows = []
    def row(kind, seed, method, flagged, nm, trainings):
        tp = int((flagged & nm).sum())
        rows.append(dict(noise=kind, seed=seed, method=method, trainings=trainings, n_noisy=int(nm.sum()), n_flagged=int(flagged.sum()),
                         precision=tp / max(int(flagged.sum()), 1), recall=tp / int(nm.sum())))
    for kind in ('symmetric', 'asymmetric'):
        for seed in range(a.seeds):
            cfg = RunConfig(dataset='mnist5k', noise=0.2, noise_kind=kind, arch='resnet', bs=64, epochs=10, seed=seed, threads=1)
            t0 = time.time()
            dyn = train(cfg, track=True).dynamics
            nm, y = np.asarray(dyn.noise_mask, bool), np.asarray(dyn.labels)
            for method in ('argmax', 'confident_joint'):
                li = flag_label_issues(dyn, method)
                row(kind, seed, f'study: {method} on probs_mean', np.asarray(li.table.flagged, bool), nm, 1)
            if find_label_issues is not None:
                td = training_data(cfg)
                x, yt = td.x, torch.as_tensor(td.labels)
                assert np.array_equal(yt.numpy(), y)
                P = np.zeros((len(y), 10), np.float32)
                for tr, te in StratifiedKFold(4, shuffle=True, random_state=seed).split(np.zeros(len(y)), y):
                    set_seed(seed, reproducible=True)
                    learn = Learner(array_dls(ArrayData(x[tr], yt[tr], x[te], yt[te]), bs=cfg.bs, seed=cfg.seed),
                                    make_model(cfg.arch, tuple(x.shape[1:]), 10), loss_func=CrossEntropyLossFlat(), wd=cfg.wd)
                    with learn.no_bar(), learn.no_logging(): learn.fit_one_cycle(cfg.epochs, cfg.lr)
                    with learn.no_bar(): P[te] = learn.get_preds(ds_idx=1)[0].numpy()
                row(kind, seed, 'cleanlab: find_label_issues, 4-fold cross-validated', find_label_issues(y, P), nm, 4)
                row(kind, seed, 'cleanlab: find_label_issues on probs_mean', find_label_issues(y, dyn.probs_mean.astype(np.float64)), nm, 1)
            print(kind, seed, f'{time.time() - t0:.0f} s', flush=True)
            pd.DataFrame(rows).to_csv(a.out, index=False)                 # every finished seed kept
    print(pd.DataFrame(rows).groupby(['noise', 'method'])[['n_flagged', 'precision', 'recall']].mean().round(3))

if __name__ == '__main__': main()
